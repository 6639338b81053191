# expect: crash
# DataParallel-wrapped model with a GRU block under torch.utils.checkpoint. After pre-training, an ONNX-free
# export helper (utils/export.py) unwraps model.module and calls eval() on it without restoring; the fine-tuning
# stage reuses engine.fit() on the same wrapper. (In eval mode the block skips checkpointing, and the GRU's
# forward runs without a training reserve.)
import torch
import torch.nn as nn

from engine import fit
from models import SeqEncoderClassifier
from utils import export_bundle

torch.manual_seed(0)
model = nn.DataParallel(SeqEncoderClassifier())
opt = torch.optim.AdamW(model.parameters(), lr=1e-3)
pretrain = [(torch.randn(4, 6, 5), torch.randint(0, 3, (4,))) for _ in range(2)]
finetune = [(torch.randn(4, 6, 5), torch.randint(0, 3, (4,))) for _ in range(2)]

model.train()
fit(model, pretrain, opt, tag="pretrain")
bundle = export_bundle(model, pretrain[0][0], {"d": 16, "classes": 3})
print("exported", len(bundle["weights"]), "bytes")
fit(model, finetune, opt, tag="finetune")
print("done")
