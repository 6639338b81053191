# expect: clean
import torch
from lamp import LampFailureNet
from explain import InputGradExplainer, ServiceReport

torch.manual_seed(1)
model = LampFailureNet()
opt = torch.optim.SGD(model.parameters(), lr=0.1)
for _ in range(3):
    x, y = torch.randn(4, 8, 2), torch.randint(0, 2, (4,))
    loss = torch.nn.functional.cross_entropy(model(x), y)
    opt.zero_grad()
    loss.backward()
    opt.step()

report = ServiceReport(InputGradExplainer(model))
print(report.for_keeper(torch.randn(3, 8, 2), torch.tensor([1, 0, 1])))
