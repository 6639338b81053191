import torch


class EpisodeRunner:
    def __init__(self, args, mac):
        self.args, self.mac = args, mac

    def reset_env(self):
        return torch.randn(1, self.args.n_agents, self.args.obs_dim)

    def run(self, test_mode=False):
        if test_mode:
            self.mac.set_test_mode(True)
        obs = self.reset_env()
        self.mac.init_hidden(batch_size=1)
        traj = {"obs": [], "actions": [], "reward": []}
        with torch.no_grad():
            for t in range(self.args.episode_limit):
                actions = self.mac.select_actions(obs, test_mode=test_mode)
                traj["obs"].append(obs)
                traj["actions"].append(actions)
                traj["reward"].append(torch.rand(1))
                obs = torch.randn_like(obs)
        return {k: torch.stack(v, 1) for k, v in traj.items()}
