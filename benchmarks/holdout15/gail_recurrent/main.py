# expect: crash
"""GAIL with a recurrent (GRU) discriminator over state-action trajectories and a
zero-centred gradient penalty on expert samples (R1, as in many AIRL/GAIL
repos). Everything is in train mode; the penalty needs a double backward
through the cuDNN GRU.
"""
import torch

from gail.discriminator import TrajectoryDiscriminator
from gail.update import DiscriminatorUpdater

torch.manual_seed(0)
disc = TrajectoryDiscriminator(obs_dim=4, act_dim=2)
updater = DiscriminatorUpdater(disc, gp_weight=10.0)
for it in range(3):
    expert = torch.randn(8, 6, 6)
    policy = torch.randn(8, 6, 6)
    print(it, updater.update(expert, policy))
