from .gru_policy import SchedulePolicy
