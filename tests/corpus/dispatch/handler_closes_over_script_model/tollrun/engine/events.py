import enum


class Events(enum.Enum):
    STARTED = "started"
    EPOCH_STARTED = "epoch_started"
    EPOCH_COMPLETED = "epoch_completed"
