# expect: crash
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent / "src"))

import torch  # noqa: E402

from barge import LockWait, TeacherPool, distill  # noqa: E402

torch.manual_seed(7)
student = LockWait(6)
pool = TeacherPool([LockWait(12), LockWait(10)], include=student)   # self-distillation slot
batches = [torch.randn(4, 8, 3) for _ in range(3)]
print(distill(student, pool, batches))
