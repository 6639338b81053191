import torch


class Collector:
    def __init__(self, policy, env):
        self.policy, self.env = policy, env

    def collect(self, n_episode):
        self.policy.eval()
        episodes = []
        for _ in range(n_episode):
            obs, done, traj = self.env.reset(), False, {"obs": [], "act": [], "rew": []}
            while not done:
                traj["obs"].append(obs)
                hist = torch.stack(traj["obs"][-self.policy.actor.stack_num:]).unsqueeze(0)
                with torch.no_grad():
                    act = self.policy.forward(hist).sample().item()
                obs, rew, done = self.env.step(act)
                traj["act"].append(act)
                traj["rew"].append(rew)
            episodes.append(traj)
        return episodes
