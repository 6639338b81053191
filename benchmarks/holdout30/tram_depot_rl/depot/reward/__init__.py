from .model import RewardModel, load_reward_model
