import torch


class ChainEnv:
    def rollout(self, policy, horizon):
        obs, acts = [torch.zeros(4)], []
        for _ in range(horizon):
            with torch.no_grad():
                a = policy.act(obs[-1])
            acts.append(a)
            obs.append(obs[-1] + (a * 2 - 1) * 0.1 + torch.randn(4) * 0.01)
        return torch.stack(obs), torch.tensor(acts)
