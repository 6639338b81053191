import torch


def make_graphs(n, n_nodes=6, n_cands=3, hidden=8):
    graphs = []
    for _ in range(n):
        adj = (torch.rand(2, n_nodes, n_nodes) < 0.3).float()
        feats = torch.randn(n_nodes, hidden)
        cands = torch.randperm(n_nodes)[:n_cands]
        slot = int(torch.randint(0, n_nodes, ()))
        target = torch.tensor(int(torch.randint(0, n_cands, ())))
        graphs.append(dict(adj=adj, x=feats, cands=cands, slot=slot, y=target))
    return graphs
