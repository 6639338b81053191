# expect: crash
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent / "src"))

import torch  # noqa: E402
from s2vt import S2VT, fit  # noqa: E402

torch.manual_seed(30)
model = S2VT()
opt = torch.optim.Adam(model.parameters(), lr=1e-3)
train_set = [(torch.randn(2, 3, 6), torch.randint(0, 12, (2, 5))) for _ in range(2)]
val_set = (torch.randn(2, 3, 6), torch.randint(0, 12, (2, 5)))
fit(model, opt, train_set, val_set)
