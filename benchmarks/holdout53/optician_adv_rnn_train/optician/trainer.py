import torch
import torch.nn.functional as F


class AdvTrainer:
    def __init__(self, net, attacker, lr=1e-2):
        self.net = net
        self.attacker = attacker
        self.opt = torch.optim.Adam(net.parameters(), lr=lr)

    def train_epoch(self, batches):
        total = 0.0
        for x, y in batches:
            x_adv = self.attacker(x, y)
            self.attacker.model.train()
            self.opt.zero_grad()
            loss = F.mse_loss(self.net(x_adv), y) + F.mse_loss(self.net(x), y)
            loss.backward()
            self.opt.step()
            total += loss.item()
        return total / len(batches)
