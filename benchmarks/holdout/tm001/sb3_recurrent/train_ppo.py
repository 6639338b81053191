# expect: clean
# category: framework
import torch

from algorithms import RecurrentPPO
from envs import ToyEnv

torch.manual_seed(0)
model = RecurrentPPO(ToyEnv(), n_steps=6)
model.learn(total_timesteps=100)
print("done")
