import torch

from ..algo import R_MAPPO, R_MAPPOPolicy


class SharedRunner:
    def __init__(self, all_args):
        self.all_args = all_args
        self.policy = R_MAPPOPolicy(all_args)
        self.trainer = R_MAPPO(all_args, self.policy)

    @torch.no_grad()
    def collect(self):
        a = self.all_args
        h = torch.zeros(1, a.num_agents, a.hidden_size)
        buffer = []
        for _ in range(a.episode_length):
            obs = torch.randn(a.num_agents, 4)
            act, logp, val, h_next = self.policy.get_actions(obs, h)
            ret = val + torch.randn_like(val) * 0.1
            buffer.append((obs, h, act, logp, ret, val))
            h = h_next
        return buffer

    def run(self):
        for episode in range(self.all_args.episodes):
            self.trainer.prep_rollout()
            buffer = self.collect()
            self.trainer.prep_training()
            info = self.trainer.train(buffer)
            print("episode", episode, "value loss", round(sum(info) / len(info), 4))
