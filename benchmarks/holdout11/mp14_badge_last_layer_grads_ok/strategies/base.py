import abc

import torch
import torch.nn.functional as F


class Strategy(abc.ABC):
    def __init__(self, net, pool_x, pool_y, idxs_lb, args):
        self.net, self.pool_x, self.pool_y, self.idxs_lb, self.args = net, pool_x, pool_y, idxs_lb, args

    @abc.abstractmethod
    def query(self, n): ...

    def update(self, idxs_lb):
        self.idxs_lb = idxs_lb

    def train(self):
        self.net.train()
        opt = torch.optim.Adam(self.net.parameters(), lr=self.args["lr"])
        x, y = self.pool_x[self.idxs_lb], self.pool_y[self.idxs_lb]
        for _ in range(self.args["epochs"]):
            loss = F.cross_entropy(self.net(x)[0], y)
            opt.zero_grad()
            loss.backward()
            opt.step()
        return loss.item()

    def predict_prob_embed(self, x):
        self.net.eval()
        with torch.no_grad():
            logits, emb = self.net(x)
        return logits.softmax(-1), emb
