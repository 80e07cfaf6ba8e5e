def trap(height):
    """Two pointers moving inward, O(n) time and O(1) space.

    The water above a bar is min(tallest on the left, tallest on the right) minus the bar. While
    left_max <= right_max, the right side is known to hold something at least as tall as
    left_max, so the left bar's level is exactly left_max, whatever lies between: settle it and
    step right. The mirror image holds for the right side.
    """
    left, right = 0, len(height) - 1
    left_max = right_max = 0
    water = 0
    while left <= right:
        if left_max <= right_max:
            left_max = max(left_max, height[left])
            water += left_max - height[left]
            left += 1
        else:
            right_max = max(right_max, height[right])
            water += right_max - height[right]
            right -= 1
    return water
