# expect: crash
"""Near miss of modules_loop_private_base_dropout: the loop's isinstance test names the RNN base class
from its torch module path, so the LSTM itself is put in eval mode before training."""
import torch
import torch.nn as nn

torch.manual_seed(52)


class ReviewScorer(nn.Module):
    def __init__(self):
        super().__init__()
        self.emb = nn.Embedding(50, 12)
        self.lstm = nn.LSTM(12, 16, batch_first=True)
        self.score = nn.Linear(16, 1)

    def forward(self, ids):
        return self.score(self.lstm(self.emb(ids))[0][:, -1]).squeeze(-1)


def freeze_recurrent_statistics(model):
    for module in model.modules():
        if isinstance(module, (nn.modules.dropout._DropoutNd, nn.modules.rnn.RNNBase)):
            module.eval()


scorer = ReviewScorer()
scorer.train()
freeze_recurrent_statistics(scorer)
opt = torch.optim.SGD(scorer.parameters(), lr=0.05)
for step in range(3):
    ids, target = torch.randint(0, 50, (4, 9)), torch.rand(4)
    loss = nn.functional.mse_loss(scorer(ids), target)
    opt.zero_grad()
    loss.backward()  # TM001-here
    opt.step()
