# expect: crash
import torch
import torch.nn.functional as F

from lamps import RouteLM


def lm_loss(model, tok):
    logits, _ = model(tok[:, :-1])
    return F.cross_entropy(logits.reshape(-1, logits.size(-1)), tok[:, 1:].reshape(-1))


def main():
    torch.manual_seed(15)
    model = RouteLM()
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    for step in range(6):
        tok = torch.randint(0, 15, (4, 9))
        loss = lm_loss(model, tok)
        opt.zero_grad()
        loss.backward()  # TM001-here
        opt.step()
        if step % 2 == 0:
            route = model.sample(torch.zeros(1, 1, dtype=torch.long))
            print(step, round(loss.item(), 3), route.tolist())


if __name__ == "__main__":
    main()
