# expect: crash
"""L-BFGS needs a closure that re-evaluates the loss; the model was left in eval mode beforehand."""
import torch
import torch.nn as nn

torch.manual_seed(0)
rnn = nn.RNN(2, 6, batch_first=True)
head = nn.Linear(6, 1)
rnn.eval()
with torch.no_grad():
    print("before", head(rnn(torch.randn(1, 8, 2))[0][:, -1]).item())
x, y = torch.randn(8, 8, 2), torch.randn(8, 1)
opt = torch.optim.LBFGS([*rnn.parameters(), *head.parameters()], max_iter=3)


def closure():
    opt.zero_grad()
    loss = nn.functional.mse_loss(head(rnn(x)[0][:, -1]), y)
    loss.backward()  # TM001-here
    return loss


opt.step(closure)
print("after", closure().item())
