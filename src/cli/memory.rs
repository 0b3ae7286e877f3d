//! The allocator's settings for the terminal apps, which run all day on a laptop beside others.

/// Keeps glibc from holding on to freed memory: with a day of 20,000 acts the peak after two
/// snapshots was 37.0 MB with glibc's defaults and 32.6 MB with these, before the acts were
/// shared between the session and the writer (README, "Speed of a keystroke"), at no per-key
/// cost the runs could tell.
///
/// By default glibc raises its mmap threshold each time a large buffer is freed, so the
/// snapshot's and the opening's megabyte buffers end up on the heap and stay there, and every
/// thread that allocates gets an arena of its own. A fixed threshold returns large buffers to
/// the system when they are freed; two arenas serve the UI and the writer.
pub fn keep_resident_memory_small() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    #[allow(unsafe_code)]
    // SAFETY: mallopt only changes allocator parameters; it is called on the main thread before
    // the app starts another thread, and a refused setting (return 0) leaves glibc's default.
    unsafe {
        libc::mallopt(libc::M_ARENA_MAX, 2);
        libc::mallopt(libc::M_MMAP_THRESHOLD, 128 * 1024);
        libc::mallopt(libc::M_TRIM_THRESHOLD, 128 * 1024);
    }
}
