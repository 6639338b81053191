# expect: crash
import torch

from net import PayloadSway
from meta import meta_step

torch.manual_seed(5)
model = PayloadSway()
opt = torch.optim.Adam(model.parameters(), lr=1e-3)
for route in range(2):
    support = (torch.randn(3, 7, 4), torch.randn(3, 1))
    query = (torch.randn(3, 7, 4), torch.randn(3, 1))
    print(route, meta_step(model, opt, support, query))
