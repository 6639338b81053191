# expect: clean
"""Before the periodic check the script records every submodule's `training` flag in a dict built over
named_modules(), evaluates in eval mode, then writes the flags back module by module: the GRUs train again."""
import torch
import torch.nn as nn


class TwoStreamTagger(nn.Module):
    def __init__(self, dim=6, hidden=5, labels=3):
        super().__init__()
        self.left = nn.GRU(dim, hidden, batch_first=True)
        self.right = nn.GRU(dim, hidden, batch_first=True)
        self.dropout = nn.Dropout(0.2)
        self.head = nn.Linear(2 * hidden, labels)

    def forward(self, x):
        joined = torch.cat([self.left(x)[0], self.right(x.flip(1))[0]], -1)
        return self.head(self.dropout(joined))


torch.manual_seed(3)
tagger = TwoStreamTagger()
sgd = torch.optim.SGD(tagger.parameters(), lr=0.05)
check_x = torch.randn(2, 7, 6)
tagger.train()
for it in range(4):
    x, y = torch.randn(3, 7, 6), torch.randint(0, 3, (3, 7))
    loss = nn.functional.cross_entropy(tagger(x).flatten(0, 1), y.flatten())
    sgd.zero_grad()
    loss.backward()
    sgd.step()
    flags = {name: module.training for name, module in tagger.named_modules()}
    tagger.eval()
    with torch.no_grad():
        print(it, loss.item(), tagger(check_x).argmax(-1).tolist())
    for name, module in tagger.named_modules():
        module.training = flags[name]
