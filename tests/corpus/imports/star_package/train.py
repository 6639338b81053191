# expect: crash
"""`from nets import *`: the model and the dev-set scorer both come through a package's star re-exports."""
import torch
import torch.nn.functional as F

from nets import *

torch.manual_seed(0)
model = SentimentNet()
opt = torch.optim.Adam(model.parameters(), lr=1e-3)
dev = [(torch.randint(0, 50, (4, 7)), torch.randint(0, 2, (4,)))]
for epoch in range(2):
    tokens, labels = torch.randint(0, 50, (8, 7)), torch.randint(0, 2, (8,))
    loss = F.cross_entropy(model(tokens), labels)
    opt.zero_grad()
    loss.backward()  # TM001-here
    opt.step()
    print(epoch, dev_accuracy(model, dev))
