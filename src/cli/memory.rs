//! The allocator's settings for the terminal apps, which run all day on a laptop beside others,
//! and for `lgd consolidate`, which runs for a second; and memory a command leaves for the
//! process's end.

use std::any::Any;
use std::sync::Mutex;

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

/// Lets glibc grow its heaps 64 MiB at a time for `lgd consolidate`, which holds ~200 MB of
/// digests for 1,000 day files for well under a second. By default each arena grows a few pages
/// at a time: 14,500 `mprotect` calls in such a run, a fifth of its system time; with this, 17.
/// Ten interleaved runs on the 1,000 rehearsal files: wall 0.95 of the default, CPU 0.95, peak
/// RSS 217 MB against 203 MB. Setting it also fixes glibc's mmap threshold at 128 KiB (no
/// longer raised as large buffers are freed), which those runs include.
pub fn grow_heap_in_large_steps() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    #[allow(unsafe_code)]
    // SAFETY: mallopt only changes allocator parameters; it is called on the main thread before
    // the command starts another thread, and a refused setting (return 0) leaves glibc's default.
    unsafe {
        libc::mallopt(libc::M_TOP_PAD, 64 << 20);
    }
}

/// Keeps `value` until the process exits and frees the value kept before it. A command that
/// reads files one after another ends right after the last: freeing that file's record piece by
/// piece (20,000 acts' strings) was a tenth of `lgd check` on one day file, and nothing else
/// would use the memory. At most one value is held, so many files never add up.
pub fn keep_until_exit<T: Send + 'static>(value: T) {
    static KEPT: LastKept = LastKept::new();
    KEPT.keep(value);
}

/// A slot holding the last value given to it; statics are never dropped, so neither is it.
struct LastKept(Mutex<Option<Box<dyn Any + Send>>>);

impl LastKept {
    const fn new() -> LastKept {
        LastKept(Mutex::new(None))
    }

    fn keep<T: Send + 'static>(&self, value: T) {
        let earlier = self
            .0
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .replace(Box::new(value));
        drop(earlier);
    }
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;

    use super::LastKept;

    #[test]
    fn only_the_last_value_kept_is_held() {
        let slot = LastKept::new();
        let (first, second) = (Arc::new(1), Arc::new(2));
        slot.keep(Arc::clone(&first));
        assert_eq!(Arc::strong_count(&first), 2, "kept");
        slot.keep(Arc::clone(&second));
        assert_eq!(Arc::strong_count(&first), 1, "freed once another is kept");
        assert_eq!(Arc::strong_count(&second), 2, "the last one stays");
    }
}
