def trap(height):
    return 0
