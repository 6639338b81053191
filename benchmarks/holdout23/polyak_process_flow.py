# expect: crash
"""Traffic-flow GRU with Polyak averaging done in a separate process; the averaged weights are fine-tuned at the end."""
import io
import multiprocessing as mp

import torch
import torch.nn as nn


class FlowGRU(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(2, 8, batch_first=True)
        self.proj = nn.Linear(8, 2)

    def forward(self, x):
        h, _ = self.gru(x)
        return self.proj(h[:, -1])


def pack(state):
    buf = io.BytesIO()
    torch.save(state, buf)
    return buf.getvalue()


def unpack(blob):
    return torch.load(io.BytesIO(blob))


def averager(inbox, outbox, tau):
    avg = None
    while True:
        blob = inbox.get()
        if blob is None:
            break
        state = unpack(blob)
        if avg is None:
            avg = {k: v.clone() for k, v in state.items()}
        else:
            for k in avg:
                avg[k].mul_(tau).add_(state[k], alpha=1 - tau)
    outbox.put(pack(avg))


def main():
    torch.manual_seed(5)
    ctx = mp.get_context("spawn")
    inbox, outbox = ctx.Queue(), ctx.Queue()
    proc = ctx.Process(target=averager, args=(inbox, outbox, 0.9))
    proc.start()
    model = FlowGRU()
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    x, y = torch.randn(4, 6, 2), torch.randn(4, 2)
    for step in range(3):
        loss = nn.functional.l1_loss(model(x), y)
        opt.zero_grad()
        loss.backward()
        opt.step()
        inbox.put(pack(model.state_dict()))
    inbox.put(None)
    polyak = FlowGRU().eval()
    polyak.load_state_dict(unpack(outbox.get()))
    proc.join()
    with torch.no_grad():
        print("polyak val mae", nn.functional.l1_loss(polyak(x), y).item())
    ft = torch.optim.SGD(polyak.parameters(), lr=1e-3)
    ft_loss = nn.functional.l1_loss(polyak(x), y)
    ft.zero_grad()
    ft_loss.backward()  # TM001-here
    ft.step()
    print("fine-tuned")


if __name__ == "__main__":
    main()
