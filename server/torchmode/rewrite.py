"""Rewrite a file for `--fix` without ever leaving it half-written or losing someone's edit.

The new text goes to a temporary file in the same folder, is flushed to disk (fsync), gets the
old file's mode and owner, and then replaces the old file in one `os.replace`: out of disk space,
over a file-size limit or killed midway, the file is either the old one or the new one. Just
before replacing, the file is read again: if its bytes are not the ones the fix was computed
from (an editor saved meanwhile), nothing is written.
"""

from __future__ import annotations

import hashlib
import os
import stat
import tempfile


class FileChanged(Exception):
    """The file on disk is no longer the text the fix was made for."""


def digest(data: bytes) -> bytes:
    return hashlib.blake2b(data, digest_size=16).digest()


def file_digest(path: str) -> bytes:
    with open(path, "rb") as handle:
        return digest(handle.read())


def ensure_unchanged(path: str, read_digest: bytes) -> None:
    """Raise FileChanged unless `path` still holds the bytes whose digest is `read_digest`."""
    try:
        current = file_digest(path)
    except FileNotFoundError:
        raise FileChanged("it was deleted") from None
    if current != read_digest:
        raise FileChanged("it changed on disk")


def rewrite_file(path: str, data: bytes, read_digest: bytes) -> None:
    """Replace `path` (a regular file, not a symlink) with `data` if it still holds what was read.

    Raises FileChanged (nothing written) or OSError (nothing written; the temporary file removed).
    """
    ensure_unchanged(path, read_digest)
    info = os.stat(path)
    folder = os.path.dirname(os.path.abspath(path))
    handle, temporary = tempfile.mkstemp(dir=folder, prefix=f".{os.path.basename(path)}.", suffix=".torchmode-fix")
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
            _copy_mode_and_owner(out.fileno(), info)
        ensure_unchanged(path, read_digest)  # the last moment before the swap
        os.replace(temporary, path)
    except BaseException:
        try:
            os.unlink(temporary)
        except FileNotFoundError:
            pass
        raise
    _sync_folder(folder)


def _copy_mode_and_owner(fd: int, info: os.stat_result) -> None:
    os.fchmod(fd, stat.S_IMODE(info.st_mode))
    if not hasattr(os, "fchown"):
        return
    mine = os.fstat(fd)
    if (mine.st_uid, mine.st_gid) != (info.st_uid, info.st_gid):
        try:
            os.fchown(fd, info.st_uid, info.st_gid)
        except PermissionError:
            # Another user's file we may write to: replacing it would make it ours.
            raise PermissionError(f"cannot keep its owner (uid {info.st_uid}, gid {info.st_gid})") from None


def _sync_folder(folder: str) -> None:
    """Make the rename itself durable (best effort: not every system can open a folder)."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
