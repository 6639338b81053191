# expect: crash
"""RL fine-tuning of a GRU tram-depot scheduler against a learned reward model (straight-through Gumbel)."""
import torch

from depot import SchedulePolicy, load_reward_model

torch.manual_seed(6)
policy = SchedulePolicy()
reward_model = load_reward_model()
opt = torch.optim.Adam(policy.parameters(), lr=3e-3)

for it in range(3):
    policy.train()
    sched = policy.rollout(batch=4)
    reward = reward_model(sched)
    loss = -reward.mean()
    opt.zero_grad()
    loss.backward()  # TM001-here
    opt.step()
    print(it, round(reward.mean().item(), 4))
