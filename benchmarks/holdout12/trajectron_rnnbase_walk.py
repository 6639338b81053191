# expect: clean
"""Trajectron++-style: per-node-type models kept in a dict keyed by node type, each with LSTM history/edge encoders.
After a validation pass over everything, the trainer re-enables training on the node type being optimised and
on every recurrent submodule of every entry (an isinstance walk over modules())."""
from collections import namedtuple

import torch
import torch.nn as nn

NodeType = namedtuple("NodeType", ["name", "dim"])
PEDESTRIAN = NodeType("PEDESTRIAN", 2)


class EdgeEncoder(nn.Module):
    def __init__(self, dim, hidden=8):
        super().__init__()
        self.lstm = nn.LSTM(2 * dim, hidden, batch_first=True)

    def forward(self, x, neighbors):
        h, _ = self.lstm(torch.cat([x, neighbors], -1))
        return h[:, -1]


class MultimodalGenerativeCVAE(nn.Module):
    def __init__(self, node_type, hidden=8, pred_len=3):
        super().__init__()
        self.node_type = node_type
        self.pred_len = pred_len
        self.node_history_encoder = nn.LSTM(node_type.dim, hidden, batch_first=True)
        self.decoder = nn.Linear(2 * hidden, pred_len * node_type.dim)

    def forward(self, hist, edge_feat):
        h, _ = self.node_history_encoder(hist)
        out = self.decoder(torch.cat([h[:, -1], edge_feat], -1))
        return out.view(hist.size(0), self.pred_len, self.node_type.dim)


class Trajectron:
    def __init__(self):
        self.node_models_dict = {
            PEDESTRIAN.name: MultimodalGenerativeCVAE(PEDESTRIAN),
            "edge/" + PEDESTRIAN.name: EdgeEncoder(PEDESTRIAN.dim),
        }

    def parameters(self):
        return [p for m in self.node_models_dict.values() for p in m.parameters()]

    def set_mode(self, training, node_type=None):
        for key, m in self.node_models_dict.items():
            if node_type is None or key == node_type:
                m.train(training)

    def train_loss(self, batch, node_type):
        hist, nbrs, fut = batch
        edge = self.node_models_dict["edge/" + node_type](hist, nbrs)
        pred = self.node_models_dict[node_type](hist, edge)
        return ((pred - fut) ** 2).mean()

    @torch.no_grad()
    def eval_loss(self, batch, node_type):
        return self.train_loss(batch, node_type).item()


def make_batch(g):
    return torch.randn(4, 5, 2, generator=g), torch.randn(4, 5, 2, generator=g), torch.randn(4, 3, 2, generator=g)


if __name__ == "__main__":
    g = torch.Generator().manual_seed(0)
    trajectron = Trajectron()
    optimizer = {PEDESTRIAN.name: torch.optim.Adam(trajectron.parameters(), lr=1e-3)}
    for epoch in range(1, 3):
        trajectron.set_mode(False)
        print("eval", trajectron.eval_loss(make_batch(g), PEDESTRIAN.name))
        trajectron.set_mode(True, node_type=PEDESTRIAN.name)
        for m in trajectron.node_models_dict.values():
            for sub in m.modules():
                if isinstance(sub, nn.RNNBase):
                    sub.train()
        for node_type in [PEDESTRIAN.name]:
            optimizer[node_type].zero_grad()
            train_loss = trajectron.train_loss(make_batch(g), node_type)
            train_loss.backward()
            optimizer[node_type].step()
