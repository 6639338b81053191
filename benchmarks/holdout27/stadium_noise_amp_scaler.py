# expect: crash
"""Crowd-noise event detection at stadiums (goal / chant / whistle) from mel frames.

Custom mixed-precision loop: autocast + GradScaler when a GPU is present. The model is
built already in eval mode by the checkpoint loader and the loop never switches it.
"""
import argparse
import torch
import torch.nn as nn


def build_model(n_mels, hidden):
    net = nn.ModuleDict({
        "rnn": nn.GRU(n_mels, hidden, batch_first=True),
        "head": nn.Linear(hidden, 3),
    })
    state = {k: v.clone() for k, v in net.state_dict().items()}  # stands in for torch.load
    net.load_state_dict(state)
    return net.eval()


def forward(net, mel):
    h, _ = net["rnn"](mel)
    return net["head"](h)


def main(argv=None):
    ap = argparse.ArgumentParser()
    ap.add_argument("--n-mels", type=int, default=8)
    ap.add_argument("--hidden", type=int, default=12)
    ap.add_argument("--steps", type=int, default=3)
    args = ap.parse_args(argv)
    device = "cuda" if torch.cuda.is_available() else "cpu"
    use_amp = device == "cuda"
    net = build_model(args.n_mels, args.hidden).to(device)
    opt = torch.optim.AdamW(net.parameters(), lr=1e-3)
    scaler = torch.amp.GradScaler(device, enabled=use_amp)
    for step in range(args.steps):
        mel = torch.randn(4, 20, args.n_mels, device=device)
        tgt = torch.randint(0, 2, (4, 20, 3), device=device).float()
        with torch.autocast(device_type=device, enabled=use_amp):
            loss = nn.functional.binary_cross_entropy_with_logits(forward(net, mel), tgt)
        opt.zero_grad(set_to_none=True)
        scaler.scale(loss).backward()  # TM001-here
        scaler.step(opt)
        scaler.update()
        print(step, round(loss.item(), 4))


if __name__ == "__main__":
    main([])
