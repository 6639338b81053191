# expect: clean
"""RL fine-tuning of a GRU tram-depot scheduler against a learned reward model (REINFORCE with a baseline)."""
import torch

from depot import SchedulePolicy, load_reward_model

torch.manual_seed(6)
policy = SchedulePolicy()
reward_model = load_reward_model()
opt = torch.optim.Adam(policy.parameters(), lr=3e-3)
baseline = 0.0

for it in range(3):
    policy.train()
    sched = policy.rollout(batch=4)
    hard = torch.nn.functional.one_hot(sched.argmax(-1), sched.size(-1)).float()
    reward = reward_model(hard)  # frozen reward model on one-hot actions: no gradient path
    logp = (torch.log(sched.clamp_min(1e-6)) * hard).sum((1, 2))
    adv = reward - baseline
    loss = -(adv.detach() * logp).mean()
    baseline = 0.9 * baseline + 0.1 * reward.mean().item()
    opt.zero_grad()
    loss.backward()
    opt.step()
    print(it, round(reward.mean().item(), 4))
