from .seq import LockLogModel
