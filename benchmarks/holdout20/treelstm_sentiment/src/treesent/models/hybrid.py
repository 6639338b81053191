import torch
import torch.nn as nn

from .tree_lstm import ChildSumTreeLSTM


class HybridSentiment(nn.Module):
    def __init__(self, vocab, dim, n_cls=3):
        super().__init__()
        self.embed = nn.Embedding(vocab, dim)
        self.tree = ChildSumTreeLSTM(dim)
        self.seq = nn.LSTM(dim, dim // 2, batch_first=True, bidirectional=True)
        self.drop = nn.Dropout(0.2)
        self.cls = nn.Linear(2 * dim, n_cls)

    def forward(self, tree):
        _, h_tree = self.tree(tree, self.embed)
        toks = self.embed(torch.tensor(tree.leaves())).unsqueeze(0)
        h_seq = self.seq(toks)[0].mean(1).squeeze(0)
        return self.cls(self.drop(torch.cat([h_tree, h_seq], -1)))
