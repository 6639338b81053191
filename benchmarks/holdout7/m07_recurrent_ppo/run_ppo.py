# expect: crash
import torch

from sb3_mini.policies import RecurrentActorCriticPolicy
from sb3_mini.recurrent_ppo import RecurrentPPO, ToyEnv

torch.manual_seed(0)
env = ToyEnv(n_envs=2, obs_dim=4)
model = RecurrentPPO(RecurrentActorCriticPolicy(obs_dim=4, n_actions=3), env, n_steps=6)
model.learn(total_timesteps=24)
