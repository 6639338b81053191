import copy

import torch


class QLearner:
    def __init__(self, mac, args):
        self.mac, self.args = mac, args
        self.target_mac = copy.deepcopy(mac)
        self.optimiser = torch.optim.RMSprop(list(mac.parameters()), lr=args.lr)

    def train(self, batch, t_env):
        q = self.mac.unroll(batch["obs"])
        chosen = q.gather(-1, batch["actions"].unsqueeze(-1)).squeeze(-1)
        with torch.no_grad():
            target_q = self.target_mac.unroll(batch["obs"]).max(-1).values
        targets = batch["reward"].unsqueeze(-1) + self.args.gamma * torch.roll(target_q, -1, 1)
        loss = ((chosen - targets) ** 2).mean()
        self.optimiser.zero_grad()
        loss.backward()  # TM001-here
        self.optimiser.step()
        return loss.item()
