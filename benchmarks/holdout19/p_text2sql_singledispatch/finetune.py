# expect: clean
"""Text-to-SQL: exact-match evaluation in eval mode, then fine-tuning with only the encoder switched back.

The decoder is an LSTMCell, which never uses the cuDNN RNN kernels.
"""
import torch

from sqlgen import Text2SQL, to_tensors


def exact_match(model, batch):
    model.eval()
    with torch.no_grad():
        pred = model(batch.question, batch.sql[:, :-1]).argmax(-1)
    return (pred == batch.sql[:, 1:]).all(1).float().mean().item()


if __name__ == "__main__":
    torch.manual_seed(0)
    model = Text2SQL()
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    raw = {"question": torch.randint(0, 30, (4, 6)).tolist(), "sql": torch.randint(0, 12, (4, 5)).tolist()}
    batch = to_tensors(raw)
    for epoch in range(3):
        em = exact_match(model, batch)
        model.encoder.train()
        loss = model.loss((batch.question, batch.sql))
        opt.zero_grad()
        loss.backward()
        opt.step()
        print(epoch, em, round(loss.item(), 4))
