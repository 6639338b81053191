# expect: clean
import torch

from encoder import load_tide_encoder
from head import InundationHead, fit_head

torch.manual_seed(2)
encoder = load_tide_encoder()
head = InundationHead(8)
gauges = torch.randn(6, 12, 3)
flooded = torch.randint(0, 2, (6,)).float()
print(fit_head(encoder, head, gauges, flooded))
