from .delay import CrossingDelayTask
