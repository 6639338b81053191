from .policy import SchedulePolicy
from .reward import RewardModel, load_reward_model
