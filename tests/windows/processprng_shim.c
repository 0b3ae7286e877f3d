/*
 * bcryptprimitives.dll for Wine 8, which lacks ProcessPrng: Rust's std (since 1.78) imports it to seed
 * its hash maps, so without this shim no Rust program starts under Debian's Wine. Test use only: the
 * real Windows 10/11 has ProcessPrng and never loads this file.
 */
#include <windows.h>

/* RtlGenRandom, exported by advapi32 under this name. */
BOOLEAN WINAPI SystemFunction036(PVOID buffer, ULONG length);

BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T len)
{
    while (len > 0) {
        ULONG chunk = len > 0x10000000 ? 0x10000000 : (ULONG)len;
        if (!SystemFunction036(data, chunk))
            return FALSE;
        data += chunk;
        len -= chunk;
    }
    return TRUE;
}
