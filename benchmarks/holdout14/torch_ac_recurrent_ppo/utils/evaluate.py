import torch


class Evaluator:
    def __init__(self, acmodel, envs):
        self.acmodel, self.envs = acmodel, envs

    def run(self, episodes=1, steps=4):
        self.acmodel.eval()
        total = 0.0
        for _ in range(episodes):
            obs = torch.stack([e.reset() for e in self.envs])
            memory = torch.zeros(len(self.envs), self.acmodel.memory_size)
            for _ in range(steps):
                with torch.no_grad():
                    dist, value, memory = self.acmodel(obs, memory)
                a = dist.probs.argmax(-1)
                obs = torch.stack([e.step(x) for e, x in zip(self.envs, a.tolist())])
                total += value.mean().item()
        return round(total, 3)
