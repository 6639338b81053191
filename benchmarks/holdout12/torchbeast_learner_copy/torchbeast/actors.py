import torch


def create_buffers(flags):
    T = flags.unroll_length
    specs = dict(frame=((T + 1, flags.obs_dim), torch.float32), reward=((T + 1,), torch.float32),
                 done=((T + 1,), torch.bool), last_action=((T + 1,), torch.int64),
                 policy_logits=((T + 1, flags.num_actions), torch.float32), action=((T + 1,), torch.int64))
    return {k: [torch.zeros(*s, dtype=d) for _ in range(flags.num_buffers)] for k, (s, d) in specs.items()}


def act(flags, index, model, buffers, agent_state):
    model.eval()  # actors act greedily-ish and never backprop
    env_output = dict(frame=torch.randn(1, 1, flags.obs_dim), reward=torch.zeros(1, 1),
                      done=torch.zeros(1, 1, dtype=torch.bool), last_action=torch.zeros(1, 1, dtype=torch.int64))
    with torch.no_grad():
        for t in range(flags.unroll_length + 1):
            agent_output, agent_state = model(env_output, agent_state)
            for key in env_output:
                buffers[key][index][t, ...] = env_output[key].view(buffers[key][index][t].shape)
            buffers["policy_logits"][index][t] = agent_output["policy_logits"].view(-1)
            buffers["action"][index][t] = agent_output["action"].view(())
            env_output = dict(frame=torch.randn(1, 1, flags.obs_dim), reward=torch.randn(1, 1),
                              done=torch.rand(1, 1) < 0.1, last_action=agent_output["action"])
