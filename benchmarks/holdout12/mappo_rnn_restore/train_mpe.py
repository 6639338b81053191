# expect: crash
"""on-policy (MAPPO) layout: R_Actor/R_Critic with a GRU, R_MAPPOPolicy.prep_rollout()/prep_training() switch
the networks listed at construction; the runner restores a saved actor (whole-module torch.save/torch.load)
between rollout and training."""
import io
from types import SimpleNamespace

import torch

from onpolicy.algorithms.r_mappo_policy import R_MAPPOPolicy
from onpolicy.algorithms.r_mappo import R_MAPPO
from onpolicy.runner.mpe_runner import MPERunner

all_args = SimpleNamespace(hidden_size=16, recurrent_N=1, lr=5e-4, critic_lr=5e-4, episode_length=4,
                           n_rollout_threads=2, num_agents=2, ppo_epoch=1, clip_param=0.2, episodes=2,
                           model_dir="buffer")
obs_dim, act_dim = 6, 3
policy = R_MAPPOPolicy(all_args, obs_dim, obs_dim * all_args.num_agents, act_dim)
# a pretrained actor, saved in memory the way runner.save() writes actor.pt
blob = io.BytesIO()
policy.prep_rollout()
torch.save(policy.actor, blob)
runner = MPERunner(all_args, policy, R_MAPPO(all_args, policy), obs_dim, actor_blob=blob.getvalue())
runner.run()
