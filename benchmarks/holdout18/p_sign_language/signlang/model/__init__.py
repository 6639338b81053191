from .pose_gru import PoseGRU
