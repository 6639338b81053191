# expect: clean
# category: reinforcement-learning
"""PPO training loop with a GRU policy."""
import torch
from agent.policy import GRUPolicy, rollout, ppo_update

torch.manual_seed(0)
policy = GRUPolicy()
opt = torch.optim.Adam(policy.parameters(), lr=3e-4)
for it in range(3):
    batch = rollout(policy)
    print(f"iter {it}: mean reward {batch['rewards'].mean():.3f} loss {ppo_update(policy, opt, batch):.3f}")
