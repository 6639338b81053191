import torch
from utils import ckpt_path, make_batch, seq_loss


def add_parser(p):
    p.add_argument("--lr", type=float, default=1e-4)
    p.add_argument("--steps", type=int, default=2)


def run(args):
    model = torch.load(ckpt_path("full"), weights_only=False)
    opt = torch.optim.SGD(model.parameters(), lr=args.lr)
    for _ in range(args.steps):
        loss = seq_loss(model, *make_batch())
        opt.zero_grad()
        loss.backward()  # TM001-here
        opt.step()
    print("finetuned", loss.item())
