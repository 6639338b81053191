from .wait import LockWait
