import torch


def unrolled_loss(opt_net, optimizee, task, unroll):
    x, y = task
    params = {k: v.detach().requires_grad_(True) for k, v in optimizee.named_parameters()}
    names = list(params)
    state, total = None, 0.0
    for _ in range(unroll):
        loss = optimizee.loss_with(params, x, y)
        total = total + loss
        grads = torch.autograd.grad(loss, [params[n] for n in names], create_graph=True)
        flat = torch.cat([g.flatten() for g in grads])
        update, state = opt_net(flat, state)
        new, i = {}, 0
        for n in names:
            k = params[n].numel()
            new[n] = params[n] + update[i:i + k].view_as(params[n])
            i += k
        params = new
    return total + optimizee.loss_with(params, x, y)


def meta_train(opt_net, make_optimizee, sample_task, epochs, unroll):
    meta_opt = torch.optim.Adam(opt_net.parameters(), lr=1e-3)
    opt_net.train()
    for ep in range(epochs):
        optimizee = make_optimizee().train()
        meta_loss = unrolled_loss(opt_net, optimizee, sample_task(), unroll)
        meta_opt.zero_grad()
        meta_loss.backward()  # TM003-here
        meta_opt.step()
        print("meta epoch", ep, round(meta_loss.item(), 4))
