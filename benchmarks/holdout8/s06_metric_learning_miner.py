# expect: clean
# pytorch-metric-learning style: a miner picks hard triplets from embeddings computed under no_grad with the
# trunk in eval; the trunk is switched back with train() before the embeddings that the loss backprops through.
import functools

import torch
import torch.nn as nn
import torch.nn.functional as F


class BaseMiner:
    def __call__(self, embeddings, labels):
        return self.mine(embeddings, labels)


class BatchHardMiner(BaseMiner):
    def mine(self, emb, labels):
        d = torch.cdist(emb, emb)
        same = labels[:, None] == labels[None, :]
        pos = (d * same).argmax(1)
        neg = (d + same.float() * 1e6).argmin(1)
        return torch.arange(len(labels)), pos, neg


class TripletMarginLoss:
    def __init__(self, margin=0.2):
        self.margin = margin

    def __call__(self, emb, indices_tuple):
        a, p, n = indices_tuple
        return F.relu((emb[a] - emb[p]).norm(dim=1) - (emb[a] - emb[n]).norm(dim=1) + self.margin).mean()


class Trunk(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(4, 16, batch_first=True)
        self.embedder = nn.Linear(16, 8)

    def forward(self, x):
        return F.normalize(self.embedder(self.gru(x)[1][-1]), dim=-1)


def mine_offline(trunk, miner, x, y):
    trunk.eval()
    with torch.no_grad():
        return miner(trunk(x), y)


class MetricLossOnly:
    def __init__(self, models, optimizers, loss_funcs, mining_funcs):
        self.models, self.optimizers = models, optimizers
        self.loss_funcs, self.mining_funcs = loss_funcs, mining_funcs

    def train(self, batches):
        for x, y in batches:
            indices = self.mining_funcs["tuple_miner"](x, y)
            self.models["trunk"].train()
            emb = self.models["trunk"](x)
            loss = self.loss_funcs["metric_loss"](emb, indices)
            self.optimizers["trunk_optimizer"].zero_grad()
            loss.backward()
            self.optimizers["trunk_optimizer"].step()
            print("loss", round(loss.item(), 4))


if __name__ == "__main__":
    torch.manual_seed(0)
    trunk = Trunk()
    trainer = MetricLossOnly(
        models={"trunk": trunk},
        optimizers={"trunk_optimizer": torch.optim.Adam(trunk.parameters(), lr=1e-2)},
        loss_funcs={"metric_loss": TripletMarginLoss()},
        mining_funcs={"tuple_miner": functools.partial(mine_offline, trunk, BatchHardMiner())},
    )
    trainer.train([(torch.randn(8, 5, 4), torch.randint(0, 3, (8,))) for _ in range(3)])
