// The Node version check, in plain JavaScript that any old Node can still run, so the message
// reaches people whose Node is too old for the rest of the program.

/**
 * The Chinese message when `current` is older than the engines range (">=22.12"); null when fine.
 * @param {string} current
 * @param {string} engines
 * @returns {string | null}
 */
export function nodeVersionProblem(current, engines) {
  const [needMajor, needMinor] = /(\d+)\.(\d+)/.exec(engines).slice(1).map(Number);
  const [major, minor] = current.replace(/^v/, '').split('.').map(Number);
  if (major > needMajor || (major === needMajor && minor >= needMinor)) return null;
  return (
    `Showcase 需要 Node.js ${needMajor}.${needMinor} 或更新的版本（推荐 22 或 24 长期支持版），这台电脑上是 ${current.replace(/^v/, '')}。\n` +
    '请从 https://nodejs.org/zh-cn/download 下载安装 Node.js 22 或 24，然后重新打开命令窗口再运行。'
  );
}
