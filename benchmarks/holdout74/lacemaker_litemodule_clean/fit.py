# expect: clean
import torch

from bobbin import Runner
from bobbin.tasks import PatternTask

torch.manual_seed(11)
train = [(torch.randn(4, 16, 2), torch.randint(0, 5, (4,))) for _ in range(6)]
val = [(torch.randn(4, 16, 2), torch.randint(0, 5, (4,))) for _ in range(2)]
runner = Runner(max_epochs=2, val_check_interval=3)
runner.fit(PatternTask(hidden=12), train, val)
print(runner.logged[-3:])
