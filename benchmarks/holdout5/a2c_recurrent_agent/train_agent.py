# expect: clean
# category: wrappers
"""A2C with an LSTM core: acting in inference mode, learning from the stored rollout."""
import torch

from agents.a2c import A2CAgent

torch.manual_seed(44)
N_ENVS, T = 4, 6
agent = A2CAgent()
for update in range(3):
    observations, actions, rewards = [], [], []
    obs = torch.randn(N_ENVS, 5)
    for t in range(T):
        a = agent.act(obs)
        observations.append(obs)
        actions.append(a)
        rewards.append((a == 1).float() - 0.1 * obs[:, 0].abs())
        obs = obs + 0.1 * torch.randn(N_ENVS, 5)
    loss = agent.learn(torch.stack(observations), torch.stack(actions), torch.stack(rewards))
    print(f"update {update}: loss {loss:.3f}")
